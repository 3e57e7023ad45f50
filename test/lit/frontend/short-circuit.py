# `and` / `or` as values: JUMP_IF_TRUE_OR_POP / JUMP_IF_FALSE_OR_POP keep
# the tested value on the stack when they jump and pop it when they fall
# through, so the merge block gets the expression's value as a stack-slot
# block argument. A conditional expression inside a call merges a stack
# slot above the callee the same way.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-andor.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/2-pick_call.json | uop-opt | FileCheck %s --check-prefix=IFEXP

# CHECK-LABEL: uop.func @andor(%a, %b, %c)
# (a and b) or c: `a` false -> evaluate c.
# CHECK:         %[[T1:taken[_0-9]*]] = uop.pop_jump_forward_if_false %a
# CHECK-NEXT:    cf.cond_br %[[T1]], ^[[C:bb[0-9]+]], ^{{bb[0-9]+}}
# `b` true: the jump keeps b on the stack and it is the result.
# CHECK:         %[[T2:taken[_0-9]*]] = uop.jump_if_true_or_pop %b
# CHECK-NEXT:    cf.cond_br %[[T2]], ^[[END:bb[0-9]+]](%b : !uop.object), ^[[C]]
# CHECK:       ^[[C]]:
# CHECK-NEXT:    cf.br ^[[END]](%c : !uop.object)
# CHECK:       ^[[END]](%[[R:[0-9]+]]: !uop.object):
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%a, %b, %c) stack(%[[R]])
# CHECK-NEXT:    uop.return_value %[[R]]

# IFEXP-LABEL: uop.func @pick_call(%f, %x, %y)
# f(x if x else y): the callee and NULL are below the merged slot.
# IFEXP:         %[[NULL:null[_0-9]*]] = uop.null
# IFEXP:         cf.cond_br %{{taken[_0-9]*}}, ^[[ELSE:bb[0-9]+]], ^[[THEN:bb[0-9]+]]
# IFEXP:       ^[[THEN]]:
# IFEXP-NEXT:    cf.br ^[[JOIN:bb[0-9]+]](%x : !uop.object)
# IFEXP:       ^[[ELSE]]:
# IFEXP-NEXT:    cf.br ^[[JOIN]](%y : !uop.object)
# IFEXP:       ^[[JOIN]](%[[ARG:[0-9]+]]: !uop.object):
# IFEXP-NEXT:    uop.frame_state at {{[0-9]+}} locals(%f, %x, %y) stack(%[[NULL]], %f, %[[ARG]])
# IFEXP:         uop.precall{{[a-z_]*}} %[[NULL]], %f, %[[ARG]] <oparg = 1>


def andor(a, b, c):
    return (a and b) or c


def pick_call(f, x, y):
    return f(x if x else y)


for i in range(60):
    andor(i, i % 2, 3)
    pick_call(abs, i % 3, -1)
