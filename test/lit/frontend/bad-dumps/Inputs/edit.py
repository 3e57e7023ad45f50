"""Writes a broken copy of a snapshot (a dump file of `uopjit dump`) to stdout.

  edit.py SNAPSHOT.json EDIT

EDIT names the breakage; each one keeps the rest of the snapshot intact so
that uop-translate reports exactly that problem.
"""
import json
import sys


def by_name(d, name):
    """The first instruction whose opname is `name`."""
    for ins in d["instructions"]:
        if ins["opname"] == name:
            return ins
    sys.exit(f"edit.py: no {name} in {d['qualname']}")


def truncate(text):
    return text[: len(text) // 2]


def main():
    path, edit = sys.argv[1], sys.argv[2]
    with open(path) as f:
        text = f.read()
    if edit == "truncate":
        sys.stdout.write(truncate(text))
        return
    d = json.loads(text)
    ins = d["instructions"]
    if edit == "version":
        d["version"] = 99
    elif edit == "python-3.12":
        d["python"] = "3.12.0"
    elif edit == "not-a-snapshot":
        d["format"] = "something-else"
    elif edit == "missing-field":
        del d["stacksize"]
    elif edit == "missing-consts":
        del d["consts"]
    elif edit == "opcode-255":
        # RETURN_VALUE becomes an opcode no 3.11 interpreter has.
        r = by_name(d, "RETURN_VALUE")
        r["opcode"] = r["base"] = 255
    elif edit == "adaptive-not-marked":
        # BINARY_OP_ADAPTIVE (opcode 3) without "adaptive": the frontend would
        # have to take the adaptive form as an instruction of its own.
        b = next(i for i in ins if i["base"] == 122)  # BINARY_OP
        b["opcode"] = 3
        b.pop("adaptive", None)
    elif edit == "jump-out-of-range":
        by_name(d, "JUMP_FORWARD")["oparg"] = 200
    elif edit == "jump-into-cache":
        # POP_JUMP_FORWARD_IF_FALSE to the cache entry of BINARY_OP.
        j = by_name(d, "POP_JUMP_FORWARD_IF_FALSE")
        b = next(i for i in ins if i["base"] == 122)
        j["oparg"] = (b["offset"] + 2 - (j["offset"] + 2)) // 2
    elif edit == "short-code-size":
        d["code_size"] += 2
    elif edit == "drop-last":
        ins.pop()
    elif edit == "extra-cache":
        # RETURN_VALUE has no inline cache; give it one (code_size follows).
        by_name(d, "RETURN_VALUE")["caches"].append(0)
        d["code_size"] += 2
    elif edit == "stack-underflow":
        # The LOAD_FAST before the conditional jump becomes a NOP: the jump
        # then pops from an empty stack.
        first = next(i for i in ins if i["opname"].startswith("LOAD_FAST"))
        first["opcode"] = first["base"] = 9  # NOP
        first["opname"] = "NOP"
    elif edit == "stack-mismatch":
        # The `if` arm leaves one item more on the stack than the `else` arm.
        s = next(i for i in ins if i["opname"].startswith("STORE_FAST"))
        s["opcode"] = s["base"] = 9
        s["opname"] = "NOP"
    elif edit == "stacksize":
        d["stacksize"] = 1
    elif edit == "local-out-of-range":
        # LOAD_FAST a at offset 2 reads slot 99 of 3.
        next(i for i in ins if i["offset"] == 2)["oparg"] = 99
    elif edit == "huge-oparg":
        # BINARY_OP at offset 10 with an oparg no EXTENDED_ARG chain gives.
        next(i for i in ins if i["offset"] == 10)["oparg"] = 2**31
    elif edit == "huge-count":
        # A CALL-like count far above co_stacksize: BUILD_TUPLE 1000000.
        r = by_name(d, "RETURN_VALUE")
        r["opcode"] = r["base"] = 102  # BUILD_TUPLE
        r["oparg"] = 1000000
    elif edit == "exception-target":
        d["exception_table"] = [{"start": 2, "end": 6, "target": 13, "depth": 0,
                                 "lasti": False}]
    else:
        sys.exit(f"edit.py: unknown edit {edit}")
    json.dump(d, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
