"""Snapshots of code objects: the specialized bytecode the adaptive
interpreter left behind, with everything the frontend needs to translate it.

A snapshot is a JSON object; docs/snapshot.md documents every field. The C++
reader is frontend/lib/Snapshot.cpp; keep the two in step (FORMAT_VERSION).
"""
import dis
import opcode
import sys
import types

FORMAT = "uopjit-snapshot"
FORMAT_VERSION = 1

# Every opcode name, specialized and adaptive forms included.
_ALL_OPNAME = dis._all_opname
_CACHE = opcode.opmap["CACHE"]
_EXTENDED_ARG = opcode.opmap["EXTENDED_ARG"]


def _deopt(op):
    return dis._deoptop(op)


def _const(value, ids):
    """A constant as JSON: its type and a value the frontend can use."""
    t = type(value)
    entry = {"type": t.__name__, "repr": repr(value)[:200]}
    if value is None or t is bool:
        entry["value"] = value
    elif t is int:
        entry["value"] = value if -2**63 <= value < 2**63 else str(value)
    elif t is float:
        # JSON has no inf/nan: keep those as repr only.
        if value == value and value not in (float("inf"), float("-inf")):
            entry["value"] = value
    elif t is str:
        entry["value"] = value
    elif t is bytes:
        entry["value"] = value.hex()
    elif t in (tuple, frozenset):
        entry["items"] = [_const(v, ids) for v in value]
    elif t is types.CodeType:
        entry["code"] = ids[id(value)]
    return entry


def _exception_table(code):
    return [{"start": e.start, "end": e.end, "target": e.target, "depth": e.depth,
             "lasti": e.lasti} for e in dis._parse_exception_table(code)]


def _instructions(code):
    raw = code._co_code_adaptive
    positions = list(code.co_positions())
    units = [(raw[i], raw[i + 1]) for i in range(0, len(raw), 2)]
    out = []
    i = 0
    ext = 0
    start = None
    while i < len(units):
        op, arg = units[i]
        offset = 2 * i
        if start is None:
            start = offset
        base = _deopt(op)
        name = _ALL_OPNAME[op]
        full = (ext << 8) | arg
        ncache = opcode._inline_cache_entries[base]
        caches = [units[i + 1 + k][0] | (units[i + 1 + k][1] << 8)
                  for k in range(ncache) if i + 1 + k < len(units)]
        instr = {
            "offset": offset,
            "start": start,
            "opcode": op,
            "opname": name,
            "base": base,
            "oparg": full,
            "caches": caches,
        }
        if name.endswith("_ADAPTIVE"):
            instr["adaptive"] = True
        if caches and opcode.opname[base] in opcode._cache_format:
            fields, k = {}, 0
            for field, size in opcode._cache_format[opcode.opname[base]].items():
                value = 0
                for j in range(size):
                    value |= caches[k + j] << (16 * j) if k + j < len(caches) else 0
                fields[field] = value
                k += size
            instr["cache"] = fields
        if base in opcode.hasjrel:
            back = "JUMP_BACKWARD" in opcode.opname[base]
            instr["target"] = offset + 2 + (-full if back else full) * 2
        line, endline, col, endcol = positions[i] if i < len(positions) else (None,) * 4
        instr["line"] = line
        instr["position"] = [line, endline, col, endcol]
        out.append(instr)
        if base == _EXTENDED_ARG:
            ext = full
        else:
            ext = 0
            start = None
        i += 1 + ncache
    return out


def walk(code):
    """`code` and every code object in its constants, depth first."""
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)


def module_codes():
    """Code objects of the functions, methods and nested code of every
    loaded module (each once, in a stable order)."""
    seen, out = set(), []

    def add(code):
        for c in walk(code):
            if id(c) not in seen:
                seen.add(id(c))
                out.append(c)

    def visit(obj, depth=0):
        code = getattr(obj, "__code__", None)
        if isinstance(code, types.CodeType):
            add(code)
        elif isinstance(obj, type) and depth == 0:
            for member in list(vars(obj).values()):
                for f in (member, getattr(member, "__func__", None),
                          getattr(member, "fget", None)):
                    if f is not None:
                        visit(f, 1)

    for name in sorted(sys.modules):
        module = sys.modules.get(name)
        if not isinstance(module, types.ModuleType):
            continue
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == name:
                visit(value)
    return out


def snapshot(code, ids=None):
    """The snapshot of one code object, as a dict. `ids` names every code
    object a constant may refer to (default: those reachable from `code`)."""
    if ids is None:
        ids = {}
    for n, c in enumerate(walk(code)):
        ids.setdefault(id(c), f"{c.co_qualname}@{c.co_firstlineno}")
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "python": "%d.%d.%d" % sys.version_info[:3],
        "id": ids[id(code)],
        "name": code.co_name,
        "qualname": code.co_qualname,
        "filename": code.co_filename,
        "firstlineno": code.co_firstlineno,
        "flags": code.co_flags,
        "argcount": code.co_argcount,
        "posonlyargcount": code.co_posonlyargcount,
        "kwonlyargcount": code.co_kwonlyargcount,
        "stacksize": code.co_stacksize,
        "nlocals": code.co_nlocals,
        "varnames": list(code.co_varnames),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        # The frame's slots: a cell that is also an argument shares its slot.
        "localsplus": list(code.co_varnames)
                      + [c for c in code.co_cellvars if c not in code.co_varnames]
                      + list(code.co_freevars),
        "names": list(code.co_names),
        "consts": [_const(c, ids) for c in code.co_consts],
        "code_size": len(code._co_code_adaptive),
        "code": code._co_code_adaptive.hex(),
        "instructions": _instructions(code),
        "exception_table": _exception_table(code),
    }
