"""Checks the compiled uop catalog against the host CPython 3.11.

Input: the output of `uop-catalog --effects` (one line per instruction:
opcode name family-opcode cache-entries effect(oparg=0..7)).
Checks, printing one line per problem and a summary:
  - every opcode of /usr/include/python3.11/opcode.h (but CACHE,
    HAVE_ARGUMENT, DO_TRACING and *_ADAPTIVE) is in the catalog, with the
    same number, and nothing else is;
  - the inline cache size is opcode._inline_cache_entries of the family;
  - the fall-through stack effect equals dis.stack_effect(family, oparg,
    jump=False) for oparg 0..7.
"""
import dis
import opcode
import re
import sys

HEADER = "/usr/include/python3.11/opcode.h"
EXCLUDED = {"CACHE", "HAVE_ARGUMENT", "DO_TRACING", "Py_OPCODE_H"}


def host_opcodes():
    ops = {}
    for line in open(HEADER):
        m = re.match(r"#define\s+([A-Z_0-9]+)\s+(\d+)\s*$", line)
        if not m:
            continue
        name, num = m.group(1), int(m.group(2))
        if name.startswith("NB_") or name in EXCLUDED or name.endswith("_ADAPTIVE"):
            continue
        ops[name] = num
    return ops


def main():
    catalog = {}
    for line in sys.stdin:
        fields = line.split()
        num, name, family, cache = int(fields[0]), fields[1], int(fields[2]), int(fields[3])
        catalog[name] = (num, family, cache, [int(x) for x in fields[4:]])

    problems = []
    host = host_opcodes()
    for name, num in sorted(host.items(), key=lambda kv: kv[1]):
        if name not in catalog:
            problems.append(f"missing: {name} ({num})")
        elif catalog[name][0] != num:
            problems.append(f"{name}: catalog says opcode {catalog[name][0]}, opcode.h {num}")
    for name in catalog:
        if name not in host:
            problems.append(f"extra: {name} is not an opcode of opcode.h")

    for name, (num, family, cache, effects) in catalog.items():
        if cache != opcode._inline_cache_entries[family]:
            problems.append(f"{name}: {cache} cache entries, CPython has "
                            f"{opcode._inline_cache_entries[family]}")
        has_arg = family >= opcode.HAVE_ARGUMENT
        for oparg, effect in enumerate(effects):
            want = dis.stack_effect(family, oparg if has_arg else None, jump=False)
            if effect != want:
                problems.append(f"{name}: stack effect {effect} for oparg {oparg}, "
                                f"dis.stack_effect says {want}")
                break

    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(catalog)} instructions against {len(host)} host opcodes: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
