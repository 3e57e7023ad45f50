"""Checks the compiled uop catalog against the host CPython 3.11.

Input: the output of `uop-catalog --effects` (one line per instruction:
opcode name family-opcode cache-entries also-runs effect(oparg=0..7)
[taken effect(oparg=0..7)]).
Checks, printing one line per problem and a summary:
  - every opcode of /usr/include/python3.11/opcode.h (but CACHE,
    HAVE_ARGUMENT, DO_TRACING and *_ADAPTIVE) is in the catalog, with the
    same number, and nothing else is;
  - the inline cache size is opcode._inline_cache_entries of the family;
  - the fall-through stack effect equals dis.stack_effect(family, oparg,
    jump=False) for oparg 0..7, plus that of each instruction it also runs
    (3.11's SKIP_CALL forms of PRECALL also do the CALL);
  - for a jump, the taken-path effect equals dis.stack_effect(..., jump=True).

One deliberate difference from dis: dis books a call's arguments as popped
by PRECALL, but at run time they stay on the stack until CALL pops them
(and a frame state at CALL must hold them). So the catalog's PRECALL is
dis + oparg and its CALL is dis - oparg; a PRECALL...CALL pair adds up to
the same as dis.
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


# Per family: catalog effect minus dis effect, and why (see the docstring).
RUNTIME_VS_DIS = {
    "PRECALL": lambda oparg: oparg,
    "CALL": lambda oparg: -oparg,
}


def expected(family, oparg, jump):
    name = opcode.opname[family]
    has_arg = family >= opcode.HAVE_ARGUMENT
    effect = dis.stack_effect(family, oparg if has_arg else None, jump=jump)
    return effect + RUNTIME_VS_DIS.get(name, lambda _: 0)(oparg)


def main():
    catalog = {}
    for line in sys.stdin:
        fields = line.split()
        num, name, family, cache = int(fields[0]), fields[1], int(fields[2]), int(fields[3])
        also = [] if fields[4] == "-" else [opcode.opmap[n] for n in fields[4].split(",")]
        effects = [int(x) for x in fields[5:13]]
        taken = [int(x) for x in fields[14:22]] if len(fields) > 13 else None
        catalog[name] = (num, family, cache, also, effects, taken)

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

    for name, (num, family, cache, also, effects, taken) in catalog.items():
        if cache != opcode._inline_cache_entries[family]:
            problems.append(f"{name}: {cache} cache entries, CPython has "
                            f"{opcode._inline_cache_entries[family]}")
        for oparg, effect in enumerate(effects):
            want = sum(expected(op, oparg, False) for op in [family] + also)
            if effect != want:
                problems.append(f"{name}: stack effect {effect} for oparg {oparg}, "
                                f"dis.stack_effect says {want}")
                break
        is_jump = family in opcode.hasjrel or family in opcode.hasjabs
        if is_jump != (taken is not None):
            problems.append(f"{name}: jumps in the catalog: {taken is not None}, in dis: {is_jump}")
        for oparg, effect in enumerate(taken or []):
            want = expected(family, oparg, True)
            if effect != want:
                problems.append(f"{name}: taken-jump stack effect {effect} for oparg {oparg}, "
                                f"dis.stack_effect(jump=True) says {want}")
                break

    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(catalog)} instructions against {len(host)} host opcodes: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
