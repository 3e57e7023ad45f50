//===- Arith.td - unary, binary and comparison operators and their guards ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_ARITH_TD
#define UOPJIT_IR_CATALOG_ARITH_TD

def Uop_UnaryPositiveOp : Uop<"UNARY_POSITIVE", (ins obj:$value), (outs obj:$res),
                              [], [UopError, UopEscapes]> {
  let summary = "res = PyNumber_Positive(value); decrefs value";
}
def Uop_UnaryNegativeOp : Uop<"UNARY_NEGATIVE", (ins obj:$value), (outs obj:$res),
                              [], [UopError, UopEscapes]> {
  let summary = "res = PyNumber_Negative(value); decrefs value";
}
def Uop_UnaryInvertOp : Uop<"UNARY_INVERT", (ins obj:$value), (outs obj:$res),
                            [], [UopError, UopEscapes]> {
  let summary = "res = PyNumber_Invert(value); decrefs value";
}
def Uop_UnaryNotOp : Uop<"UNARY_NOT", (ins obj:$value), (outs obj:$res),
                         [], [UopError, UopEscapes]> {
  let summary = "res = Py_False when PyObject_IsTrue(value) > 0, Py_True when it is 0 (may call "
              # "__bool__/__len__); decrefs value";
}
def Uop_BinaryOpOp : Uop<"BINARY_OP", (ins obj:$lhs, obj:$rhs), (outs obj:$res),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "res = binary_ops[oparg](lhs, rhs), oparg an NB_* code (NB_INPLACE_* use the "
              # "in-place protocol); decrefs both";
}
def Uop_GuardBothIntOp : Uop<"GUARD_BOTH_INT", (ins obj:$left, obj:$right),
                             (outs obj:$left, obj:$right), [], [UopGuard]> {
  let summary = "deoptimizes unless left and right are both exact ints (ceval: "
              # "PyLong_CheckExact(left) and right of the same type)";
}
def Uop_GuardBothFloatOp : Uop<"GUARD_BOTH_FLOAT", (ins obj:$left, obj:$right),
                               (outs obj:$left, obj:$right), [], [UopGuard]> {
  let summary = "deoptimizes unless left and right are both exact floats (ceval: "
              # "PyFloat_CheckExact(left) and right of the same type)";
}
def Uop_GuardBothUnicodeOp : Uop<"GUARD_BOTH_UNICODE", (ins obj:$left, obj:$right),
                                 (outs obj:$left, obj:$right), [], [UopGuard]> {
  let summary = "deoptimizes unless left and right are both exact strs (ceval: "
              # "PyUnicode_CheckExact(left) and right of the same type)";
}
def Uop_BinaryOpAddIntOp : Uop<"BINARY_OP_ADD_INT", (ins obj:$left, obj:$right), (outs obj:$res),
                               [], [UopError]> {
  let summary = "res = _PyLong_Add(left, right) on exact ints; decrefs both (ints: no __del__); "
              # "MemoryError only";
}
def Uop_BinaryOpSubtractIntOp : Uop<"BINARY_OP_SUBTRACT_INT", (ins obj:$left, obj:$right),
                                    (outs obj:$res), [], [UopError]> {
  let summary = "res = _PyLong_Subtract(left, right) on exact ints; decrefs both (ints: no "
              # "__del__); MemoryError only";
}
def Uop_BinaryOpMultiplyIntOp : Uop<"BINARY_OP_MULTIPLY_INT", (ins obj:$left, obj:$right),
                                    (outs obj:$res), [], [UopError]> {
  let summary = "res = _PyLong_Multiply(left, right) on exact ints; decrefs both (ints: no "
              # "__del__); MemoryError only";
}
def Uop_BinaryOpAddFloatOp : Uop<"BINARY_OP_ADD_FLOAT", (ins obj:$left, obj:$right),
                                 (outs obj:$res), [], [UopError]> {
  let summary = "res = PyFloat_FromDouble(left->ob_fval + right->ob_fval) on exact floats; decrefs "
              # "both; MemoryError only";
}
def Uop_BinaryOpSubtractFloatOp : Uop<"BINARY_OP_SUBTRACT_FLOAT", (ins obj:$left, obj:$right),
                                      (outs obj:$res), [], [UopError]> {
  let summary = "res = PyFloat_FromDouble(left->ob_fval - right->ob_fval) on exact floats; decrefs "
              # "both; MemoryError only";
}
def Uop_BinaryOpMultiplyFloatOp : Uop<"BINARY_OP_MULTIPLY_FLOAT", (ins obj:$left, obj:$right),
                                      (outs obj:$res), [], [UopError]> {
  let summary = "res = PyFloat_FromDouble(left->ob_fval * right->ob_fval) on exact floats; decrefs "
              # "both; MemoryError only";
}
def Uop_BinaryOpAddUnicodeOp : Uop<"BINARY_OP_ADD_UNICODE", (ins obj:$left, obj:$right),
                                   (outs obj:$res), [], [UopError]> {
  let summary = "res = PyUnicode_Concat(left, right) on exact strs; decrefs both; "
              # "MemoryError/OverflowError only";
}
def Uop_GuardInplaceAddTargetOp : Uop<"GUARD_INPLACE_ADD_TARGET", (ins obj:$left, obj:$right),
                                      (outs obj:$left, obj:$right), [ImmNextOparg], [UopGuard, UopLocalRd]> {
  let summary = "deoptimizes unless left is the current value of the local that the next "
              # "instruction (STORE_FAST next_oparg) stores to: localsplus[next_oparg] == left";
}
def Uop_BinaryOpInplaceAddUnicodeOp : Uop<"BINARY_OP_INPLACE_ADD_UNICODE",
                                          (ins obj:$left, obj:$right), (outs obj:$res),
                                          [ImmNextOparg], [UopLocalRd, UopError]> {
  let summary = "res = left + right on exact strs, appending in place (PyUnicode_Append on the "
              # "local next_oparg) when left is referenced only by that local, which the next "
              # "STORE_FAST next_oparg then stores res into; MemoryError only";
}
def Uop_CompareOpOp : Uop<"COMPARE_OP", (ins obj:$left, obj:$right), (outs obj:$res),
                          [ImmOparg], [UopError, UopEscapes]> {
  let summary = "res = PyObject_RichCompare(left, right, oparg), oparg in Py_LT..Py_GE; decrefs "
              # "both";
}
def Uop_GuardBothNotNanOp : Uop<"GUARD_BOTH_NOT_NAN", (ins obj:$left, obj:$right),
                                (outs obj:$left, obj:$right), [], [UopGuard]> {
  let summary = "deoptimizes when left or right (exact floats) is a NaN";
}
def Uop_GuardBothSmallIntOp : Uop<"GUARD_BOTH_SMALL_INT", (ins obj:$left, obj:$right),
                                  (outs obj:$left, obj:$right), [], [UopGuard]> {
  let summary = "deoptimizes unless both exact ints have at most one digit, i.e. Py_SIZE in -1..1 "
              # "(|value| < 2**30)";
}
def Uop_CompareOpFloatOp : Uop<"COMPARE_OP_FLOAT", (ins obj:$left, obj:$right), (outs obj:$res),
                               [ImmOparg], [UopPure]> {
  let summary = "res = Py_True/Py_False for left <oparg> right on non-NaN exact floats (the "
              # "following POP_JUMP_*, decoded as itself, tests it); decrefs both";
}
def Uop_CompareOpIntOp : Uop<"COMPARE_OP_INT", (ins obj:$left, obj:$right), (outs obj:$res),
                             [ImmOparg], [UopPure]> {
  let summary = "res = Py_True/Py_False for left <oparg> right on one-digit exact ints (the "
              # "following POP_JUMP_*, decoded as itself, tests it); decrefs both";
}
def Uop_CompareOpStrOp : Uop<"COMPARE_OP_STR", (ins obj:$left, obj:$right), (outs obj:$res),
                             [ImmOparg], [UopPure]> {
  let summary = "res = Py_True/Py_False for _PyUnicode_Equal(left, right) xor (oparg == Py_NE) on "
              # "exact strs, oparg Py_EQ or Py_NE (the following POP_JUMP_* tests it); decrefs "
              # "both";
}
def Uop_IsOpOp : Uop<"IS_OP", (ins obj:$left, obj:$right), (outs obj:$b),
                     [ImmOparg], [UopEscapes]> {
  let summary = "b = Py_True/Py_False for (left is right) xor oparg; decrefs both (may run "
              # "__del__)";
}
def Uop_ContainsOpOp : Uop<"CONTAINS_OP", (ins obj:$left, obj:$right), (outs obj:$b),
                           [ImmOparg], [UopError, UopEscapes]> {
  let summary = "b = Py_True/Py_False for PySequence_Contains(right, left) xor oparg; decrefs both";
}

#endif
