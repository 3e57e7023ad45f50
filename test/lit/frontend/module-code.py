# The module's own code object is snapshot 0, `<module>`: no arguments and
# no fast locals; globals go through STORE_NAME / LOAD_NAME, imports through
# IMPORT_NAME / IMPORT_FROM, functions are made by MAKE_FUNCTION. Its loop
# over module-level names is a uop.loop that carries only the iterator.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/0-_module_.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @"<module>"()
# CHECK-SAME:    qualname = "<module>"
# CHECK-SAME:    firstlineno = 1, co_flags = 0, argcount = 0, nlocals = 0, ncells = 0, nfrees = 0
# CHECK-SAME:    names = []
# CHECK-NEXT:    %[[FS0:fs0]] = uop.frame_state at 0 locals() stack()
# CHECK-NEXT:    uop.resume_check <oparg = 0> frame %[[FS0]]
# from math import sqrt
# CHECK:         %[[MOD:res[_0-9]*]] = uop.import_name %{{value[_0-9]*}}, %{{value[_0-9]*}} <oparg = 0> frame
# CHECK:         %[[SQRT:res[_0-9]*]] = uop.import_from %[[MOD]] <oparg = 1> frame
# CHECK:         uop.store_name %[[SQRT]] <oparg = 1> frame
# def hyp(...)
# CHECK:         %[[F:func[_0-9]*]] = uop.make_function %{{value[_0-9]*}} <oparg = 0> frame
# CHECK:         uop.store_name %[[F]] <oparg = 2> frame
# total = 0
# CHECK:         uop.store_name %{{value[_0-9]*}} <oparg = 3> frame
# for i in range(30): total += hyp(i, 4)
# CHECK:         %[[IT:iter[_0-9]*]] = uop.get_iter
# CHECK-NEXT:    uop.loop at {{[0-9]+}} {
# CHECK-NEXT:      uop.frame_state at {{[0-9]+}} locals() stack(%[[IT]])
# CHECK-NEXT:      uop.for_iter %[[IT]]
# CHECK:           uop.store_name %{{next[_0-9]*}} <oparg = 5> frame
# CHECK:           uop.load_name <oparg = 3> frame
# CHECK:           uop.store_name %{{res[_0-9]*}} <oparg = 3> frame
# CHECK:           uop.continue{{$}}
# CHECK:           uop.break{{$}}
# CHECK-NEXT:    }
# CHECK:         uop.return_value


from math import sqrt


def hyp(a, b):
    return sqrt(a * a + b * b)


total = 0
for i in range(30):
    total += hyp(i, 4)
