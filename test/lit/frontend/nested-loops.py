# A loop inside a loop imports as a uop.loop region nested inside another;
# a `break` that skips the `for ... else` gives the inner loop two exits,
# told apart by an i32 selector.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-nested.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @nested
# CHECK:       uop.loop at 36
# CHECK:         uop.for_iter
# CHECK:         = uop.loop at 70 {{.*}} -> (i32,
# CHECK:           uop.for_iter
# CHECK:           uop.continue
# CHECK:           uop.break %c1_i32
# CHECK:           uop.break %c0_i32
# CHECK:         cf.switch
# CHECK:         uop.continue
# CHECK:         uop.break
# CHECK:       uop.return_value


def nested(a, b):
    t = 0
    for i in range(a):
        for j in range(b):
            if j == 3:
                break
            t += i * j
        else:
            t -= 1
    return t


for _ in range(10):
    nested(5, 6)
