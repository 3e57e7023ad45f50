"""Every host opcode has a row in docs/uops.md's instruction table, naming
uops that each have their own section."""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from check_catalog import host_opcodes  # noqa: E402

text = open(sys.argv[1]).read()
rows = {}
for m in re.finditer(r"^\| (\d+) \| `([A-Z_0-9]+)` \|[^|]*\|[^|]*\| ([^|]*) \|", text, re.M):
    rows[m.group(2)] = (int(m.group(1)), re.findall(r"\[`([A-Z_0-9]+)`\]", m.group(3)))
sections = set(re.findall(r"^### `([A-Z_0-9]+)`", text, re.M))
problems = []
host = host_opcodes()
for name, num in host.items():
    if name not in rows:
        problems.append(f"{name} has no row")
        continue
    if rows[name][0] != num:
        problems.append(f"{name} documented as opcode {rows[name][0]}, is {num}")
    if not rows[name][1]:
        problems.append(f"{name} lists no uops")
    for uop in rows[name][1]:
        if uop not in sections:
            problems.append(f"{name}: uop {uop} has no section")
for p in problems:
    print("PROBLEM", p)
print(f"{len(host)} opcodes documented, {len(problems)} problems")
sys.exit(1 if problems else 0)
