# The Python API: enable/disable/is_active, compile, info, stats.
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 1000 %s | FileCheck %s
import uopjit


def add(a, b):
    return a + b


def gen():
    yield 1


def big(x):
    return x


# CHECK: active True
print("active", uopjit.is_active())
# Below the threshold nothing is compiled yet.
# CHECK: before not seen, then 3 counting
print("before", uopjit.info(add)["status"], end=", ")
print("then", add(1, 2), uopjit.info(add)["status"])
# CHECK: compile True compiled
print("compile", uopjit.compile(add), uopjit.info(add)["status"])
info = uopjit.info(add)
# CHECK: uops>0 True code_bytes>0 True backend machine
print("uops>0", info["uops"] > 0, "code_bytes>0", info["code_bytes"] > 0, "backend", info["backend"])
# CHECK: listing flat @add
print("listing", info["listing"].splitlines()[0].split(":")[0])
# CHECK: dialect True
print("dialect", "uop.func @add" in info["dialect"])
# CHECK: runs 5 1
print("runs", add(2, 3), uopjit.info(add)["runs"])
# Generators compile; they resume in compiled code.
# CHECK: compile gen True [1]
print("compile gen", uopjit.compile(gen), list(gen()))
# What the JIT cannot compile (here: a pass pipeline that does not parse)
# is left to the interpreter, and says why.
uopjit.enable(passes="no-such-pass")
# CHECK: compile big False rejected pipeline 'no-such-pass': {{.*}}no-such-pass
print("compile big", uopjit.compile(big), uopjit.info(big)["status"], uopjit.info(big)["reason"])
# CHECK: still runs 8
print("still runs", big(8))
uopjit.enable(passes="none")
# CHECK: not seen
print(uopjit.info(lambda: 0)["status"])
stats = uopjit.stats()
# CHECK: stats keys ok
required = {"functions_compiled", "functions_rejected", "deopts", "compile_seconds",
            "code_bytes", "uops_emitted", "uop_counts"}
print("stats keys", "ok" if required <= set(stats) else sorted(required - set(stats)))
# Where compile time went, per phase, in seconds: each non-negative, and
# the compiler's main phases seen at work (something was compiled above).
# CHECK: phases ['emit', 'import', 'lower', 'passes', 'snapshot', 'verify'] True True
phases = stats["compile_phase_seconds"]
print("phases", sorted(phases), all(v >= 0 for v in phases.values()),
      all(phases[p] > 0 for p in ("snapshot", "import", "passes", "lower")))
# CHECK: rejected big True
print("rejected big", any(r[0] == "big" for r in stats["functions_rejected"]))
uopjit.disable()
# CHECK: after disable False 7
print("after disable", uopjit.is_active(), add(3, 4))
# CHECK: runs after disable 1
print("runs after disable", uopjit.info(add)["runs"])
uopjit.enable()
# CHECK: enabled again True 9 2
print("enabled again", uopjit.is_active(), add(4, 5), uopjit.info(add)["runs"])
try:
    uopjit.enable(backend="gpu")
except ValueError as e:
    # CHECK: ValueError backend must be 'machine' or 'interp', not 'gpu'
    print("ValueError", e)
try:
    uopjit.compile(42)
except TypeError as e:
    # CHECK: TypeError expected a function, method or code object
    print("TypeError", e)


# A function compiled because it got hot keeps no dialect unless keep_ir
# is on (printing it costs compile time); one compiled by compile() does.
def hot(x):
    return x + 1


def hot_kept(x):
    return x * 2


uopjit.enable(threshold=2, passes="uop-optimize")
hot(1), hot(2), hot(3)
# CHECK: hot compiled dialect None
print("hot", uopjit.info(hot)["status"], "dialect", uopjit.info(hot)["dialect"])
uopjit.enable(keep_ir=True)
hot_kept(1), hot_kept(2), hot_kept(3)
# CHECK: hot_kept compiled dialect True
print("hot_kept", uopjit.info(hot_kept)["status"], "dialect",
      "uop.func @hot_kept" in uopjit.info(hot_kept)["dialect"])
