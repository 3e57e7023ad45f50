# Closures: the outer function's cell variables are localsplus slots after
# its plain locals (frame-state slots like any other, NULL when the frame
# starts unless they are arguments), made by MAKE_CELL before RESUME and
# read and written with LOAD_DEREF / STORE_DEREF, which go through the
# cell: they are uops, not SSA renames, so the cell's slot keeps the same
# SSA value. MAKE_CELL's result is the new value of its slot, and
# COPY_FREE_VARS's results are the free-variable slots': every later frame
# state holds them. A cell that is also an
# argument shares the argument's slot.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-make_counter.json | uop-opt | FileCheck %s --check-prefix=OUTER
# RUN: uop-translate --import-bytecode %t/2-make_counter._locals_.inc.json | uop-opt | FileCheck %s --check-prefix=INNER
# RUN: uop-translate --import-bytecode %t/3-adder.json | uop-opt | FileCheck %s --check-prefix=ARG

# OUTER-LABEL: uop.func @make_counter(%start, %inc, %count)
# OUTER-SAME:    nlocals = 2, ncells = 1, nfrees = 0
# OUTER-SAME:    names = ["start", "inc", "count"]
# inc and the cell slot start NULL; MAKE_CELL wraps count's NULL in a new cell.
# OUTER-NEXT:    %null = uop.null
# OUTER-NEXT:    %[[FS0:fs[0-9]+]] = uop.frame_state at 0 locals(%start, %null, %null) stack()
# OUTER-NEXT:    %[[CELL:cell[_0-9]*]] = uop.make_cell <oparg = 2> frame %[[FS0]]
# OUTER-NEXT:    uop.frame_state at 2 locals(%start, %null, %[[CELL]]) stack()
# OUTER:         uop.resume_check
# count = start: into the cell.
# OUTER:         uop.store_deref %start <oparg = 2> frame
# OUTER:         %[[C:value[_0-9]*]] = uop.load_closure <oparg = 2> frame
# OUTER:         %[[TUP:tup[_0-9]*]] = uop.build_tuple %[[C]] <oparg = 1>
# OUTER:         %[[F:func[_0-9]*]] = uop.make_function %[[TUP]], %{{value[_0-9]*}} <oparg = 8>
# inc is the new function (stored over NULL; whether that store stays a
# uop.store_fast is not checked here); the cell slot is still the cell.
# OUTER:         uop.frame_state at {{[0-9]+}} locals(%start, %[[F]], %[[CELL]]) stack(%[[F]])
# OUTER-NEXT:    uop.return_value %[[F]]

# INNER-LABEL: uop.func @"make_counter.<locals>.inc"(%step, %count)
# INNER-SAME:    nlocals = 1, ncells = 0, nfrees = 1
# INNER-SAME:    names = ["step", "count"]
# The free slot starts NULL, like every slot that is not an argument, until
# COPY_FREE_VARS sets it; nothing reads the NULL, so none is left behind.
# INNER-NEXT:    %[[CELLS:cells[_0-9]*]] = uop.copy_free_vars <oparg = 1>
# INNER-NEXT:    uop.frame_state at 2 locals(%step, %[[CELLS]]) stack()
# INNER:         %[[OLD:value[_0-9]*]] = uop.load_deref <oparg = 1> frame
# INNER:         %[[NEW:res[_0-9]*]] = uop.binary_op_add_int %[[OLD]], %step
# INNER:         uop.store_deref %[[NEW]] <oparg = 1> frame
# INNER-NEXT:    uop.frame_state at {{[0-9]+}} locals(%step, %[[CELLS]]) stack()
# The second read goes to the cell again (another closure may have written it).
# INNER-NEXT:    %[[AGAIN:value[_0-9]*]] = uop.load_deref <oparg = 1> frame
# INNER:         uop.return_value %[[AGAIN]]

# ARG-LABEL: uop.func @adder(%x, %add)
# ARG-SAME:    names = ["x", "add"]
# ARG-NEXT:    %null = uop.null
# ARG-NEXT:    uop.frame_state at 0 locals(%x, %null) stack()
# ARG-NEXT:    %[[ACELL:cell[_0-9]*]] = uop.make_cell <oparg = 0> frame
# ARG-NEXT:    uop.frame_state at 2 locals(%[[ACELL]], %null) stack()
# ARG:         uop.load_closure <oparg = 0> frame


def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def adder(x):
    def add(y):
        return x + y

    return add


for i in range(60):
    c = make_counter(i)
    c(1)
    c(2)
    adder(i)(1)
