//===- Arith.td - unary, binary and comparison operators and their guards ---*- tablegen -*-===//
#ifndef UOPJIT_IR_CATALOG_ARITH_TD
#define UOPJIT_IR_CATALOG_ARITH_TD

def Uop_UnaryPositiveOp : Uop<"UNARY_POSITIVE", (ins obj:$value), (outs obj:$res),
                              [], [UopError, UopEscapes]> {
  let summary = "res = PyNumber_Positive(value); decrefs value";
  let cBody = [{
    res = PyNumber_Positive(value);
    ERROR_IF(res == NULL);
  }];
}
def Uop_UnaryNegativeOp : Uop<"UNARY_NEGATIVE", (ins obj:$value), (outs obj:$res),
                              [], [UopError, UopEscapes]> {
  let summary = "res = PyNumber_Negative(value); decrefs value";
  let cBody = [{
    res = PyNumber_Negative(value);
    ERROR_IF(res == NULL);
  }];
}
def Uop_UnaryInvertOp : Uop<"UNARY_INVERT", (ins obj:$value), (outs obj:$res),
                            [], [UopError, UopEscapes]> {
  let summary = "res = PyNumber_Invert(value); decrefs value";
  let cBody = [{
    res = PyNumber_Invert(value);
    ERROR_IF(res == NULL);
  }];
}
def Uop_UnaryNotOp : Uop<"UNARY_NOT", (ins obj:$value), (outs obj:$res),
                         [], [UopError, UopEscapes]> {
  let facts = [IsExact<"res", "bool">];
  let summary = "res = Py_False when PyObject_IsTrue(value) > 0, Py_True when it is 0 (may call "
              # "__bool__/__len__); decrefs value";
  let cBody = [{
    int err = PyObject_IsTrue(value);
    ERROR_IF(err < 0);
    res = Py_NewRef(err == 0 ? Py_True : Py_False);
  }];
}
def Uop_BinaryOpOp : Uop<"BINARY_OP", (ins obj:$lhs, obj:$rhs), (outs obj:$res),
                         [ImmOparg], [UopError, UopEscapes]> {
  let summary = "res = binary_ops[oparg](lhs, rhs), oparg an NB_* code (NB_INPLACE_* use the "
              # "in-place protocol); decrefs both";
  let cBody = [{
    res = uopjit_binary_op((int)oparg, lhs, rhs);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardBothIntOp : Uop<"GUARD_BOTH_INT", (ins obj:$left, obj:$right),
                             (outs obj:$left, obj:$right), [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"left", "int">, IsExact<"right", "int">];
  let summary = "deoptimizes unless left and right are both exact ints (ceval: "
              # "PyLong_CheckExact(left) and right of the same type)";
  let cBody = [{
    DEOPT_IF(!PyLong_CheckExact(left));
    DEOPT_IF(Py_TYPE(right) != Py_TYPE(left));
  }];
}
def Uop_GuardBothFloatOp : Uop<"GUARD_BOTH_FLOAT", (ins obj:$left, obj:$right),
                               (outs obj:$left, obj:$right), [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"left", "float">, IsExact<"right", "float">];
  let summary = "deoptimizes unless left and right are both exact floats (ceval: "
              # "PyFloat_CheckExact(left) and right of the same type)";
  let cBody = [{
    DEOPT_IF(!PyFloat_CheckExact(left));
    DEOPT_IF(Py_TYPE(right) != Py_TYPE(left));
  }];
}
def Uop_GuardBothUnicodeOp : Uop<"GUARD_BOTH_UNICODE", (ins obj:$left, obj:$right),
                                 (outs obj:$left, obj:$right), [], [UopGuard, UopStableGuard]> {
  let facts = [IsExact<"left", "str">, IsExact<"right", "str">];
  let summary = "deoptimizes unless left and right are both exact strs (ceval: "
              # "PyUnicode_CheckExact(left) and right of the same type)";
  let cBody = [{
    DEOPT_IF(!PyUnicode_CheckExact(left));
    DEOPT_IF(Py_TYPE(right) != Py_TYPE(left));
  }];
}
def Uop_BinaryOpAddIntOp : Uop<"BINARY_OP_ADD_INT", (ins obj:$left, obj:$right), (outs obj:$res),
                               [], [UopError]> {
  let facts = [IsExact<"res", "int">];
  let summary = "res = _PyLong_Add(left, right) on exact ints; decrefs both (ints: no __del__); "
              # "MemoryError only";
  let cBody = [{
    res = uopjit_long_add(left, right);
    ERROR_IF(res == NULL);
  }];
}
def Uop_BinaryOpSubtractIntOp : Uop<"BINARY_OP_SUBTRACT_INT", (ins obj:$left, obj:$right),
                                    (outs obj:$res), [], [UopError]> {
  let facts = [IsExact<"res", "int">];
  let summary = "res = _PyLong_Subtract(left, right) on exact ints; decrefs both (ints: no "
              # "__del__); MemoryError only";
  let cBody = [{
    res = uopjit_long_subtract(left, right);
    ERROR_IF(res == NULL);
  }];
}
def Uop_BinaryOpMultiplyIntOp : Uop<"BINARY_OP_MULTIPLY_INT", (ins obj:$left, obj:$right),
                                    (outs obj:$res), [], [UopError]> {
  let facts = [IsExact<"res", "int">];
  let summary = "res = _PyLong_Multiply(left, right) on exact ints; decrefs both (ints: no "
              # "__del__); MemoryError only";
  let cBody = [{
    res = uopjit_long_multiply(left, right);
    ERROR_IF(res == NULL);
  }];
}
def Uop_BinaryOpAddFloatOp : Uop<"BINARY_OP_ADD_FLOAT", (ins obj:$left, obj:$right),
                                 (outs obj:$res), [], [UopError]> {
  let facts = [IsExact<"res", "float">];
  let summary = "res = PyFloat_FromDouble(left->ob_fval + right->ob_fval) on exact floats; decrefs "
              # "both; MemoryError only";
  let cBody = [{
    double d = ((PyFloatObject *)left)->ob_fval + ((PyFloatObject *)right)->ob_fval;
    res = PyFloat_FromDouble(d);
    ERROR_IF(res == NULL);
  }];
}
def Uop_BinaryOpSubtractFloatOp : Uop<"BINARY_OP_SUBTRACT_FLOAT", (ins obj:$left, obj:$right),
                                      (outs obj:$res), [], [UopError]> {
  let facts = [IsExact<"res", "float">];
  let summary = "res = PyFloat_FromDouble(left->ob_fval - right->ob_fval) on exact floats; decrefs "
              # "both; MemoryError only";
  let cBody = [{
    double d = ((PyFloatObject *)left)->ob_fval - ((PyFloatObject *)right)->ob_fval;
    res = PyFloat_FromDouble(d);
    ERROR_IF(res == NULL);
  }];
}
def Uop_BinaryOpMultiplyFloatOp : Uop<"BINARY_OP_MULTIPLY_FLOAT", (ins obj:$left, obj:$right),
                                      (outs obj:$res), [], [UopError]> {
  let facts = [IsExact<"res", "float">];
  let summary = "res = PyFloat_FromDouble(left->ob_fval * right->ob_fval) on exact floats; decrefs "
              # "both; MemoryError only";
  let cBody = [{
    double d = ((PyFloatObject *)left)->ob_fval * ((PyFloatObject *)right)->ob_fval;
    res = PyFloat_FromDouble(d);
    ERROR_IF(res == NULL);
  }];
}
// Unboxed floats. --uop-unbox makes these; no instruction expands to them.
// Their `f64` operands and results are registers holding a double's bits
// (F64() and FROM_F64() in runtime/lib/UopBody.h), not objects.
def Uop_UnboxFloatOp : Uop<"UNBOX_FLOAT", (ins obj:$value), (outs obj:$d), [], [UopPure]> {
  let summary = "d (f64) = the double of value, an exact float (a guard or a fact says so)";
  let cBody = [{
    d = FROM_F64(PyFloat_AS_DOUBLE(value));
  }];
}
def Uop_BoxFloatOp : Uop<"BOX_FLOAT", (ins obj:$d), (outs obj:$res), [], [UopError]> {
  let summary = "res = a new float object of the f64 d; MemoryError only";
  let facts = [IsExact<"res", "float">];
  let cBody = [{
    res = PyFloat_FromDouble(F64(d));
    ERROR_IF(res == NULL);
  }];
}
// A float loop variable that starts unbound (--uop-unbox): its f64 holds
// UOPJIT_UNBOUND_F64_BITS until the loop's first iteration stores it.
def Uop_UnboundF64Op : Uop<"UNBOUND_F64", (ins), (outs obj:$d), [], [UopPure]> {
  let summary = "d (f64) = UOPJIT_UNBOUND_F64_BITS, a signaling NaN no float operation makes: the "
              # "value of a local kept as a double while it is still unbound";
  let cBody = [{
    d = (PyObject *)(uintptr_t)UOPJIT_UNBOUND_F64_BITS;
  }];
}
// At a loop's exit, where no frame state may be left to raise at (a loop
// over FOR_ITER_LIST has none at its header): like an exit's boxing, it
// stops the process when a float cannot be allocated.
def Uop_BoxFloatOrNullOp : Uop<"BOX_FLOAT_OR_NULL", (ins obj:$d), (outs obj:$res), [], []> {
  let summary = "res = NULL when the f64 d is UOPJIT_UNBOUND_F64_BITS (an unbound local), else a new "
              # "float object of d (a fatal error when memory is exhausted)";
  let cBody = [{
    res = NULL;
    if (!IS_UNBOUND_F64(d)) {
      res = PyFloat_FromDouble(F64(d));
      if (res == NULL)
        Py_FatalError("uopjit: out of memory boxing a float at a loop exit");
    }
  }];
}
def Uop_AddF64Op : Uop<"ADD_F64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopPure]> {
  let summary = "res = a + b on f64s";
  let cBody = [{
    res = FROM_F64(F64(a) + F64(b));
  }];
}
def Uop_SubtractF64Op : Uop<"SUBTRACT_F64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopPure]> {
  let summary = "res = a - b on f64s";
  let cBody = [{
    res = FROM_F64(F64(a) - F64(b));
  }];
}
def Uop_MultiplyF64Op : Uop<"MULTIPLY_F64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopPure]> {
  let summary = "res = a * b on f64s";
  let cBody = [{
    res = FROM_F64(F64(a) * F64(b));
  }];
}
def Uop_TrueDivideF64Op : Uop<"TRUE_DIVIDE_F64", (ins obj:$a, obj:$b), (outs obj:$res), [],
                              [UopGuard]> {
  let summary = "res = a / b on f64s; deoptimizes when b is 0.0, so that the interpreter raises "
              # "ZeroDivisionError";
  let cBody = [{
    DEOPT_IF(F64(b) == 0.0);
    res = FROM_F64(F64(a) / F64(b));
  }];
}
// Unboxed ints. --uop-unbox makes these from arithmetic on exact ints; no
// instruction expands to them. Their `i64` operands and results are
// registers holding an int64_t (I64() and FROM_I64() in
// runtime/lib/UopBody.h). Each deoptimizes where CPython's int would leave
// 64 bits or raise, so that the interpreter does what CPython does.
def Uop_UnboxIntOp : Uop<"UNBOX_INT", (ins obj:$value), (outs obj:$i), [], [UopGuard]> {
  let summary = "i (i64) = the value of value, an exact int (a guard or a fact says so); "
              # "deoptimizes unless it has at most two digits (|value| < 2**60)";
  let cBody = [{
    DEOPT_IF(!uopjit_long_fits_i64(value));
    i = FROM_I64(uopjit_long_as_i64(value));
  }];
}
def Uop_ConstI64Op : Uop<"CONST_I64", (ins), (outs obj:$i), [ImmOparg], [UopPure]> {
  let summary = "i (i64) = oparg: an int constant (|value| < 2**31) used unboxed, with no "
              # "object to read and no range to check";
  let cBody = [{
    i = FROM_I64(oparg);
  }];
}
def Uop_BoxIntOp : Uop<"BOX_INT", (ins obj:$i), (outs obj:$res), [], [UopError]> {
  let summary = "res = the int object of the i64 i (a small int is shared); MemoryError only";
  let facts = [IsExact<"res", "int">];
  let cBody = [{
    res = PyLong_FromLongLong(I64(i));
    ERROR_IF(res == NULL);
  }];
}
def Uop_AddI64Op : Uop<"ADD_I64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopGuard]> {
  let summary = "res = a + b on i64s; deoptimizes when the sum leaves 64 bits";
  let cBody = [{
    int64_t r;
    DEOPT_IF(__builtin_add_overflow(I64(a), I64(b), &r));
    res = FROM_I64(r);
  }];
}
def Uop_SubtractI64Op : Uop<"SUBTRACT_I64", (ins obj:$a, obj:$b), (outs obj:$res), [],
                            [UopGuard]> {
  let summary = "res = a - b on i64s; deoptimizes when the difference leaves 64 bits";
  let cBody = [{
    int64_t r;
    DEOPT_IF(__builtin_sub_overflow(I64(a), I64(b), &r));
    res = FROM_I64(r);
  }];
}
def Uop_MultiplyI64Op : Uop<"MULTIPLY_I64", (ins obj:$a, obj:$b), (outs obj:$res), [],
                            [UopGuard]> {
  let summary = "res = a * b on i64s; deoptimizes when the product leaves 64 bits";
  let cBody = [{
    int64_t r;
    DEOPT_IF(__builtin_mul_overflow(I64(a), I64(b), &r));
    res = FROM_I64(r);
  }];
}
def Uop_FloorDivideI64Op : Uop<"FLOOR_DIVIDE_I64", (ins obj:$a, obj:$b), (outs obj:$res), [],
                               [UopGuard]> {
  let summary = "res = a // b on i64s (rounded towards minus infinity); deoptimizes when b is 0 "
              # "(the interpreter raises ZeroDivisionError) or the quotient leaves 64 bits";
  let cBody = [{
    int64_t x = I64(a), y = I64(b);
    DEOPT_IF(y == 0 || (y == -1 && x == INT64_MIN));
    int64_t q = x / y;
    if (q * y != x && ((x < 0) != (y < 0)))
      q--;
    res = FROM_I64(q);
  }];
}
def Uop_RemainderI64Op : Uop<"REMAINDER_I64", (ins obj:$a, obj:$b), (outs obj:$res), [],
                             [UopGuard]> {
  let summary = "res = a % b on i64s (the sign of b); deoptimizes when b is 0 (the interpreter "
              # "raises ZeroDivisionError)";
  let cBody = [{
    int64_t x = I64(a), y = I64(b);
    DEOPT_IF(y == 0);
    int64_t r = y == -1 ? 0 : x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
      r += y;
    res = FROM_I64(r);
  }];
}
def Uop_AndI64Op : Uop<"AND_I64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopPure]> {
  let summary = "res = a & b on i64s (two's complement, as Python's ints behave)";
  let cBody = [{
    res = FROM_I64(I64(a) & I64(b));
  }];
}
def Uop_OrI64Op : Uop<"OR_I64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopPure]> {
  let summary = "res = a | b on i64s";
  let cBody = [{
    res = FROM_I64(I64(a) | I64(b));
  }];
}
def Uop_XorI64Op : Uop<"XOR_I64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopPure]> {
  let summary = "res = a ^ b on i64s";
  let cBody = [{
    res = FROM_I64(I64(a) ^ I64(b));
  }];
}
def Uop_LshiftI64Op : Uop<"LSHIFT_I64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopGuard]> {
  let summary = "res = a << b on i64s; deoptimizes when b is negative (the interpreter raises "
              # "ValueError) or the result leaves 64 bits";
  let cBody = [{
    int64_t x = I64(a), n = I64(b);
    DEOPT_IF(n < 0 || n > 62);
    int64_t r = (int64_t)((uint64_t)x << n);
    DEOPT_IF((r >> n) != x);
    res = FROM_I64(r);
  }];
}
def Uop_RshiftI64Op : Uop<"RSHIFT_I64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopGuard]> {
  let summary = "res = a >> b on i64s (rounded towards minus infinity); deoptimizes when b is "
              # "negative (the interpreter raises ValueError)";
  let cBody = [{
    int64_t x = I64(a), n = I64(b);
    DEOPT_IF(n < 0);
    res = FROM_I64(x >> (n > 63 ? 63 : n));
  }];
}
def Uop_TrueDivideI64Op : Uop<"TRUE_DIVIDE_I64", (ins obj:$a, obj:$b), (outs obj:$res), [],
                              [UopGuard]> {
  let summary = "res (f64) = a / b on i64s; deoptimizes when b is 0 or either is beyond 2**53 "
              # "(where CPython's long_true_divide does more than divide two doubles)";
  let cBody = [{
    int64_t x = I64(a), y = I64(b);
    DEOPT_IF(y == 0 || !uopjit_i64_is_exact_double(x) || !uopjit_i64_is_exact_double(y));
    res = FROM_F64((double)x / (double)y);
  }];
}
def Uop_I64ToF64Op : Uop<"I64_TO_F64", (ins obj:$i), (outs obj:$d), [], [UopPure]> {
  let summary = "d (f64) = the i64 i as a double, rounded to nearest as PyLong_AsDouble rounds "
              # "(mixed float and int arithmetic)";
  let cBody = [{
    d = FROM_F64((double)I64(i));
  }];
}
def Uop_PowerF64Op : Uop<"POWER_F64", (ins obj:$a, obj:$b), (outs obj:$res), [], [UopGuard]> {
  let summary = "res = pow(a, b) on f64s, as float_pow computes it; deoptimizes unless a is "
              # "positive and finite, b finite and the result a normal double (float_pow's "
              # "special cases, complex results, OverflowError and underflow stay with the "
              # "interpreter)";
  let cBody = [{
    double x = F64(a), y = F64(b);
    DEOPT_IF(!(x > 0.0) || !isfinite(x) || !isfinite(y));
    double r = pow(x, y);
    DEOPT_IF(!isnormal(r));
    res = FROM_F64(r);
  }];
}
def Uop_BinaryOpAddUnicodeOp : Uop<"BINARY_OP_ADD_UNICODE", (ins obj:$left, obj:$right),
                                   (outs obj:$res), [], [UopError]> {
  let facts = [IsExact<"res", "str">];
  let summary = "res = PyUnicode_Concat(left, right) on exact strs; decrefs both; "
              # "MemoryError/OverflowError only";
  let cBody = [{
    res = PyUnicode_Concat(left, right);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardInplaceAddTargetOp : Uop<"GUARD_INPLACE_ADD_TARGET", (ins obj:$left, obj:$right),
                                      (outs obj:$left, obj:$right), [ImmNextOparg], [UopGuard, UopLocalRd]> {
  let summary = "deoptimizes unless left is the current value of the local that the next "
              # "instruction (STORE_FAST next_oparg) stores to: localsplus[next_oparg] == left";
  let cBody = [{
    DEOPT_IF(GETLOCAL(next_oparg) != left);
  }];
}
def Uop_BinaryOpInplaceAddUnicodeOp : Uop<"BINARY_OP_INPLACE_ADD_UNICODE",
                                          (ins obj:$left, obj:$right), (outs obj:$res),
                                          [ImmNextOparg], [UopLocalRd, UopError, UopTakesRef]> {
  let summary = "res = left + right on exact strs, appending in place (PyUnicode_Append on the "
              # "local next_oparg) when left is referenced only by that local, which the next "
              # "STORE_FAST next_oparg then stores res into; MemoryError only";
  let cBody = [{
    PyObject **target_local = &GETLOCAL(next_oparg);
    if (*target_local == left && left != right && Py_REFCNT(left) == 2) {
      /* As ceval: left is referenced by the local and by this uop's input
         register only. The register gives its reference up (it is cleared: left
         dies here) so that PyUnicode_Append sees the local's reference alone and
         may extend the string in place. */
      INPUT_REG(0) = NULL;
      _Py_DECREF_NO_DEALLOC(left);
      PyUnicode_Append(target_local, right);
      /* On failure the local is NULL, as in ceval. */
      ERROR_IF(*target_local == NULL);
      res = Py_NewRef(*target_local);
    }
    else {
      /* Other references to left: PyUnicode_Append would not modify it and
         would make left + right (PyUnicode_Concat's result). */
      res = PyUnicode_Concat(left, right);
      ERROR_IF(res == NULL);
    }
  }];
}
def Uop_CompareOpOp : Uop<"COMPARE_OP", (ins obj:$left, obj:$right), (outs obj:$res),
                          [ImmOparg], [UopError, UopEscapes]> {
  let summary = "res = PyObject_RichCompare(left, right, oparg), oparg in Py_LT..Py_GE; decrefs "
              # "both";
  let cBody = [{
    assert(oparg <= Py_GE);
    res = PyObject_RichCompare(left, right, (int)oparg);
    ERROR_IF(res == NULL);
  }];
}
def Uop_GuardBothNotNanOp : Uop<"GUARD_BOTH_NOT_NAN", (ins obj:$left, obj:$right),
                                (outs obj:$left, obj:$right), [], [UopGuard, UopStableGuard]> {
  let summary = "deoptimizes when left or right (exact floats) is a NaN";
  let cBody = [{
    DEOPT_IF(isnan(PyFloat_AS_DOUBLE(left)));
    DEOPT_IF(isnan(PyFloat_AS_DOUBLE(right)));
  }];
}
def Uop_GuardBothSmallIntOp : Uop<"GUARD_BOTH_SMALL_INT", (ins obj:$left, obj:$right),
                                  (outs obj:$left, obj:$right), [], [UopGuard, UopStableGuard]> {
  let summary = "deoptimizes unless both exact ints have at most one digit, i.e. Py_SIZE in -1..1 "
              # "(|value| < 2**30)";
  let cBody = [{
    DEOPT_IF((size_t)(Py_SIZE(left) + 1) > 2);
    DEOPT_IF((size_t)(Py_SIZE(right) + 1) > 2);
  }];
}
def Uop_CompareOpFloatOp : Uop<"COMPARE_OP_FLOAT", (ins obj:$left, obj:$right), (outs obj:$res),
                               [ImmOparg], [UopPure]> {
  let facts = [IsExact<"res", "bool">];
  let summary = "res = Py_True/Py_False for left <oparg> right on non-NaN exact floats (the "
              # "following POP_JUMP_*, decoded as itself, tests it); decrefs both";
  let cBody = [{
    int sign = uopjit_float_sign(left, right);
    res = Py_NewRef(uopjit_mask_matches(uopjit_compare_mask((int)oparg), sign) ? Py_True
                                                                               : Py_False);
  }];
}
def Uop_CompareOpIntOp : Uop<"COMPARE_OP_INT", (ins obj:$left, obj:$right), (outs obj:$res),
                             [ImmOparg], [UopPure]> {
  let facts = [IsExact<"res", "bool">];
  let summary = "res = Py_True/Py_False for left <oparg> right on one-digit exact ints (the "
              # "following POP_JUMP_*, decoded as itself, tests it); decrefs both";
  let cBody = [{
    int sign = uopjit_small_int_sign(left, right);
    res = Py_NewRef(uopjit_mask_matches(uopjit_compare_mask((int)oparg), sign) ? Py_True
                                                                               : Py_False);
  }];
}
def Uop_CompareOpStrOp : Uop<"COMPARE_OP_STR", (ins obj:$left, obj:$right), (outs obj:$res),
                             [ImmOparg], [UopPure]> {
  let facts = [IsExact<"res", "bool">];
  let summary = "res = Py_True/Py_False for _PyUnicode_Equal(left, right) xor (oparg == Py_NE) on "
              # "exact strs, oparg Py_EQ or Py_NE (the following POP_JUMP_* tests it); decrefs "
              # "both";
  let cBody = [{
    assert(oparg == Py_EQ || oparg == Py_NE);
    int eq = _PyUnicode_Equal(left, right);
    res = Py_NewRef((eq ^ (oparg == Py_NE)) ? Py_True : Py_False);
  }];
}
// What uop-fuse-branches makes of a comparison whose only use is the
// POP_JUMP_* that tests it: the jump's decision as a raw bit, with no bool
// made, tested and released. Each computes an outcome's sign and tests it
// against `mask` (bit 0: less, bit 1: equal, bit 2: greater, bit 3:
// unordered, a NaN; for equality and identity, "not equal" is "greater").
def Uop_CompareIntBitOp : Uop<"COMPARE_INT_BIT", (ins obj:$left, obj:$right), (outs obj:$bit),
                              [ImmMask], [UopPure]> {
  let summary = "bit (raw) = whether the sign of left - right is in mask, on one-digit exact "
              # "ints";
  let cBody = [{
    bit = FROM_RAW(uopjit_mask_matches(mask, uopjit_small_int_sign(left, right)));
  }];
}
def Uop_CompareFloatBitOp : Uop<"COMPARE_FLOAT_BIT", (ins obj:$left, obj:$right),
                                (outs obj:$bit), [ImmMask], [UopPure]> {
  let summary = "bit (raw) = whether the sign of left - right is in mask, on non-NaN exact "
              # "floats";
  let cBody = [{
    bit = FROM_RAW(uopjit_mask_matches(mask, uopjit_float_sign(left, right)));
  }];
}
def Uop_CompareF64BitOp : Uop<"COMPARE_F64_BIT", (ins obj:$a, obj:$b), (outs obj:$bit),
                              [ImmMask], [UopPure]> {
  let summary = "bit (raw) = whether the outcome of comparing the f64s a and b (a NaN: "
              # "unordered) is in mask; made by uop-unbox from COMPARE_FLOAT_BIT";
  let cBody = [{
    bit = FROM_RAW(uopjit_mask_matches(mask, uopjit_f64_sign(F64(a), F64(b))));
  }];
}
def Uop_CompareI64BitOp : Uop<"COMPARE_I64_BIT", (ins obj:$a, obj:$b), (outs obj:$bit),
                              [ImmMask], [UopPure]> {
  let summary = "bit (raw) = whether the sign of a - b on i64s is in mask; made by uop-unbox "
              # "from COMPARE_INT_BIT";
  let cBody = [{
    bit = FROM_RAW(uopjit_mask_matches(mask, (I64(a) > I64(b)) - (I64(a) < I64(b))));
  }];
}
def Uop_CompareStrBitOp : Uop<"COMPARE_STR_BIT", (ins obj:$left, obj:$right), (outs obj:$bit),
                              [ImmMask], [UopPure]> {
  let summary = "bit (raw) = whether mask holds equal (bit 1) or not equal (bit 2) for "
              # "_PyUnicode_Equal(left, right), on exact strs";
  let cBody = [{
    bit = FROM_RAW(uopjit_mask_matches(mask, _PyUnicode_Equal(left, right) ? 0 : 1));
  }];
}
def Uop_IsBitOp : Uop<"IS_BIT", (ins obj:$left, obj:$right), (outs obj:$bit), [ImmMask],
                      [UopPure]> {
  let summary = "bit (raw) = whether mask holds identical (bit 1) or not (bit 2) for left is right";
  let cBody = [{
    bit = FROM_RAW(uopjit_mask_matches(mask, Py_Is(left, right) ? 0 : 1));
  }];
}
def Uop_IsOpOp : Uop<"IS_OP", (ins obj:$left, obj:$right), (outs obj:$b),
                     [ImmOparg], []> {
  let facts = [IsExact<"b", "bool">];
  let summary = "b = Py_True/Py_False for (left is right) xor oparg; decrefs both (the lowering's "
              # "DECREF, where a __del__ runs)";
  let cBody = [{
    int r = Py_Is(left, right) ^ (int)oparg;
    b = Py_NewRef(r ? Py_True : Py_False);
  }];
}
def Uop_ContainsOpOp : Uop<"CONTAINS_OP", (ins obj:$left, obj:$right), (outs obj:$b),
                           [ImmOparg], [UopError, UopEscapes]> {
  let facts = [IsExact<"b", "bool">];
  let summary = "b = Py_True/Py_False for PySequence_Contains(right, left) xor oparg; decrefs both";
  let cBody = [{
    int r = PySequence_Contains(right, left);
    ERROR_IF(r < 0);
    b = Py_NewRef((r ^ (int)oparg) ? Py_True : Py_False);
  }];
}

#endif
