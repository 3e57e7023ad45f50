//===- Arith.td ---------------------------------------------------*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_ARITH_TD
#define UOPJIT_IR_CATALOG_ARITH_TD


def Uop_GuardBothFloatOp : Uop<"GUARD_BOTH_FLOAT", (ins obj:$left, obj:$right),
                               (outs obj:$left, obj:$right), [], [UopGuard]> {
  let summary = "deoptimizes unless both operands are exact floats";
}
def Uop_BinaryOpAddFloatOp : Uop<"BINARY_OP_ADD_FLOAT", (ins obj:$left, obj:$right),
                                 (outs obj:$sum), [], [UopError]> {
  let summary = "float + float (both known exact floats); MemoryError only";
}
def Uop_BinaryOpOp : Uop<"BINARY_OP", (ins obj:$lhs, obj:$rhs), (outs obj:$res),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "the generic binary operator; oparg is an NB_* code";
}

#endif
