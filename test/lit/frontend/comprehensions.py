# List, dict and set comprehensions are code objects of their own, called
# with the iterator of the outermost iterable as their one argument `.0`.
# Each is a uop.loop over FOR_ITER that carries the result collection on the
# stack under the iterator and appends with LIST_APPEND / MAP_ADD / SET_ADD
# (whose oparg is the collection's depth below the top).
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-comps.json | uop-opt | FileCheck %s --check-prefix=CALLER
# RUN: uop-translate --import-bytecode %t/2-comps._locals_._listcomp_.json | uop-opt | FileCheck %s --check-prefix=LIST
# RUN: uop-translate --import-bytecode %t/3-comps._locals_._dictcomp_.json | uop-opt | FileCheck %s --check-prefix=DICT
# RUN: uop-translate --import-bytecode %t/4-comps._locals_._setcomp_.json | uop-opt | FileCheck %s --check-prefix=SET

# The caller: MAKE_FUNCTION, GET_ITER of xs, a call with the iterator.
# CALLER-LABEL: uop.func @comps(%xs, %l, %d, %s)
# CALLER:         %null = uop.null
# CALLER-NEXT:    uop.frame_state at 0 locals(%xs, %null, %null, %null) stack()
# CALLER:         %[[F:func[_0-9]*]] = uop.make_function %{{value[_0-9]*}} <oparg = 0> frame
# CALLER-NEXT:    uop.frame_state
# CALLER-NEXT:    %[[IT:iter[_0-9]*]] = uop.get_iter %xs frame
# CALLER:         %[[L:res[_0-9]*]] = uop.call_py_exact_args %[[F]], %[[IT]] <oparg = 0> frame
# CALLER:         uop.make_function
# CALLER:         uop.make_function
# CALLER:         uop.build_tuple %[[L]], %{{res[_0-9]*}}, %{{res[_0-9]*}} <oparg = 3>

# LIST-LABEL: uop.func @"comps.<locals>.<listcomp>"(%.0, %x)
# LIST-SAME:    argcount = 1
# LIST:         %[[LIST:list[_0-9]*]] = uop.build_list <oparg = 0> frame
# x enters the loop unbound (NULL).
# LIST-NEXT:    uop.loop at [[H:[0-9]+]] (%[[X:arg[0-9]+]] = %null)
# LIST-NEXT:      uop.frame_state at [[H]] locals(%.0, %[[X]]) stack(%[[LIST]], %.0)
# LIST-NEXT:      %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter %.0
# x may be bound by the previous iteration: storing it is a uop.store_fast
# escape, with the frame state before it.
# LIST:           %[[FSX:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%.0, %[[X]]) stack(%[[LIST]], %.0, %[[NEXT]])
# LIST-NEXT:      uop.store_fast %[[NEXT]] <oparg = 1> frame %[[FSX]]
# LIST:           %[[Y:res[_0-9]*]] = uop.binary_op_multiply_int %[[NEXT]],
# LIST:           uop.list_append %[[LIST]], %.0, %[[Y]] <oparg = 2> frame
# LIST:           uop.continue %[[NEXT]]
# LIST:           uop.break %.0, %[[X]], %[[LIST]]
# LIST:         uop.return_value %[[LIST]]

# DICT-LABEL: uop.func @"comps.<locals>.<dictcomp>"(%.0, %x)
# DICT:         %[[MAP:map[_0-9]*]] = uop.build_map <oparg = 0> frame
# DICT-NEXT:    uop.loop at
# DICT:           %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter %.0
# DICT:           %[[V:res[_0-9]*]] = uop.binary_op_add_int %[[NEXT]],
# DICT-NEXT:      uop.frame_state
# DICT-NEXT:      uop.map_add %[[MAP]], %.0, %[[NEXT]], %[[V]] <oparg = 2> frame
# DICT:         uop.return_value %[[MAP]]

# SET-LABEL: uop.func @"comps.<locals>.<setcomp>"(%.0, %x)
# SET:         %[[SET:set[_0-9]*]] = uop.build_set <oparg = 0> frame
# SET-NEXT:    uop.loop at
# SET:           %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter %.0
# The condition: `if x % 2`.
# SET:           uop.pop_jump_{{[a-z_]+}}
# SET:           uop.set_add %[[SET]], %.0, %{{res[_0-9]*}} <oparg = 2> frame
# SET:         uop.return_value %[[SET]]


def comps(xs):
    l = [x * 2 for x in xs]
    d = {x: x + 1 for x in xs}
    s = {x % 3 for x in xs if x % 2}
    return l, d, s


for i in range(60):
    comps([1, 2, 3, i])
