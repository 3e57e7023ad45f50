# A generator or coroutine whose every loop suspends (a pipeline stage,
# `yield from`) mostly pays for resumes, which compiled code makes dearer
# than the interpreter's: above threshold 1 the runtime leaves it to the
# interpreter, with the reason in uopjit.info(). One with a loop that runs
# without suspending (work between its yields) is compiled; threshold 1
# and uopjit.compile() compile both, as asked.
# RUN: %uopjit_obj/bin/uopjit --threshold 10 %s | FileCheck %s
# RUN: %uopjit_obj/bin/uopjit --threshold 1 %s | FileCheck %s --check-prefix=ALL
import uopjit


def stage(items):
    for item in items:
        yield item * 2


def chunked(n):
    for start in range(0, n, 4):
        total = 0
        for k in range(start, start + 4):
            total += k * k
        yield total


for _ in range(50):
    sum(stage(range(5)))
    sum(chunked(8))

# CHECK: stage rejected a generator or coroutine whose every loop suspends
# ALL: stage compiled
info = uopjit.info(stage)
print("stage", info["status"], info.get("reason", ""))
# CHECK: chunked compiled
# ALL: chunked compiled
print("chunked", uopjit.info(chunked)["status"])
